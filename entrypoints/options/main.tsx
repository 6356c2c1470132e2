import { render } from 'preact';
import '@/components/styles/theme.css';
import { OptionsApp } from './options-app';

render(<OptionsApp />, document.getElementById('app')!);
