import { render } from 'preact';
import { OptionsApp } from './OptionsApp';
import './styles/popup.css';

render(<OptionsApp />, document.getElementById('app')!);
