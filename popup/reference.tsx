import { render } from 'preact';
import { ReferencePage } from './ReferencePage';
import './styles/popup.css';

render(<ReferencePage />, document.getElementById('app')!);
