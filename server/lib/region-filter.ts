import type { FastifyInstance } from 'fastify';

/** A `region` filter must name an oblast or city that exists; the 400 lists the ones that do. */
export async function assertRegion(app: FastifyInstance, region: string | undefined): Promise<void> {
  if (region === undefined) return;
  const codes = await app.queryCache.get('region-codes', () => app.regionsRepository.codes());
  if (!codes.includes(region)) {
    throw app.httpErrors.badRequest(
      `Query parameter region must be the code of an oblast or city: one of ${codes.join(', ')}; received "${region}".`,
    );
  }
}
