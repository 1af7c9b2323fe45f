import browser from 'webextension-polyfill';
import './commands';
import './open-reference';

browser.runtime.onInstalled.addListener(() => {
  // Placeholder: badge counting arrives with the scanner.
});
