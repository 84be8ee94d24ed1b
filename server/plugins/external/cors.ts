import fp from 'fastify-plugin';
import cors from '@fastify/cors';
import type { Config } from '../../config.ts';

export default fp<{ config: Config }>(async (app, { config }) => {
  await app.register(cors, {
    origin: config.corsOrigins === '*' ? true : config.corsOrigins,
    methods: ['GET', 'HEAD', 'OPTIONS'],
  });
}, { name: 'cors' });
