import { render } from 'preact';
import { browser } from 'wxt/browser';
import { App } from './App';
import { extensionApi, keepStorage, targetTab } from './api';
import { openLibrary } from '../background/menus';
import '../../components/annotations.css';
import './style.css';

void keepStorage();

/** Every saved page, one click from any tab's popup. */
function LibraryLink() {
  return (
    <nav class="popup-bar" aria-label="Newsmark">
      <button
        type="button"
        class="link"
        onClick={() => {
          void openLibrary(browser);
          window.close();
        }}
      >
        Open the library
      </button>
    </nav>
  );
}

const tabId = await targetTab(location.search);
render(
  <>
    <LibraryLink />
    <App tabId={tabId} api={extensionApi} />
  </>,
  document.getElementById('app')!,
);
