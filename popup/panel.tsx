import { render } from 'preact';
import { PopupApp } from './PopupApp';
import './styles/popup.css';

// The browser's side panel (Chrome) or sidebar (Firefox): the popup's views beside the page,
// following the active tab and taking reference and look-up requests while it stays open.
render(<PopupApp surface="panel" />, document.getElementById('app')!);
