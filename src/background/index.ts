import browser from 'webextension-polyfill';

browser.runtime.onInstalled.addListener(() => {
  // Placeholder: badge counting arrives with the scanner.
});
