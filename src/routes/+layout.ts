// Every page is prerendered into static HTML; the browser takes over after it loads.
export const prerender = true;
export const trailingSlash = 'never';
