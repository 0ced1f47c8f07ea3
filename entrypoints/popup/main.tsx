import { render } from 'preact';
import { App } from './App';
import { extensionApi, targetTab } from './api';
import './style.css';

const tabId = await targetTab(location.search);
render(<App tabId={tabId} api={extensionApi} />, document.getElementById('app')!);
