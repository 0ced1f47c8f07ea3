import { render } from 'preact';
import { App } from './App';
import { extensionLibrary } from './api';
import './style.css';

render(<App api={extensionLibrary} />, document.getElementById('app')!);
