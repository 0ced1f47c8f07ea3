import { render } from 'preact';
import { App } from './App';
import { extensionApi, keepStorage, targetTab } from './api';
import '../../components/annotations.css';
import './style.css';

void keepStorage();

const tabId = await targetTab(location.search);
render(<App tabId={tabId} api={extensionApi} />, document.getElementById('app')!);
