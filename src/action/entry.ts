import { main } from './main.js';

await main(new URL('./worker.js', import.meta.url));
