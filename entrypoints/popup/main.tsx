import { render } from 'preact';
import '@/components/styles/theme.css';
import './popup.css';
import { PopupApp } from './popup-app';

render(<PopupApp />, document.getElementById('app')!);
