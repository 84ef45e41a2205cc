// Every icon of the app comes from static/icons/icon.svg: `npm run icons` (run by every build).
import { defineConfig, minimal2023Preset } from '@vite-pwa/assets-generator/config';

export default defineConfig({
	headLinkOptions: { preset: '2023' },
	preset: {
		...minimal2023Preset,
		// 96 px: the header's 32 px logo on a 3× screen, as a PNG (below).
		transparent: { ...minimal2023Preset.transparent, sizes: [64, 96, 192, 512] },
		maskable: { ...minimal2023Preset.maskable, resizeOptions: { background: '#0f5c4d' } },
		apple: { ...minimal2023Preset.apple, resizeOptions: { background: '#0f5c4d' } }
	},
	images: ['static/icons/icon.svg']
});
