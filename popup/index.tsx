import { render } from 'preact';
import { PopupApp } from './PopupApp';
import './styles/popup.css';

render(<PopupApp />, document.getElementById('app')!);
