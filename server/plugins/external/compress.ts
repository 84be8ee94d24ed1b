import fp from 'fastify-plugin';
import compress from '@fastify/compress';

// GeoJSON compresses ~5–10×; small answers are not worth the CPU.
export default fp(async (app) => {
  await app.register(compress, { global: true, threshold: 1024 });
}, { name: 'compress' });
