// Component tests run in jsdom: give it the DOM matchers and an IndexedDB before Dexie loads.
import '@testing-library/jest-dom/vitest';
import 'fake-indexeddb/auto';
