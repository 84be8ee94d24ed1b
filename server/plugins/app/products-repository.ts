import fp from 'fastify-plugin';
import type pg from 'pg';
import type { Static } from 'typebox';
import type { PointSchema, ProductCategory } from '../../schemas/api.ts';
import type { ProductCollection } from '../../schemas/products.ts';
import { loadSql } from '../../lib/sql.ts';
import { featureCollection, nameOf } from '../../lib/rows.ts';

const SQL = loadSql('products', ['list']);

interface ProductRow {
  code: string;
  name_ky: string;
  name_ru: string;
  name_en: string;
  category: ProductCategory;
  group_code: string;
  village_code: string;
  village_name_ky: string;
  village_name_ru: string;
  village_name_en: string;
  oblast_code: string;
  rayon_code: string | null;
  is_sample: boolean;
  source_id: string;
  geometry: Static<typeof PointSchema>;
}

export function createProductsRepository(pool: pg.Pool) {
  return {
    async list(filter: { region?: string | undefined; category?: ProductCategory | undefined }): Promise<ProductCollection> {
      const { rows } = await pool.query<ProductRow>(SQL.list, [filter.region ?? null, filter.category ?? null]);
      return featureCollection(rows, (r) => ({
        code: r.code,
        name: nameOf(r),
        category: r.category,
        groupCode: r.group_code,
        villageCode: r.village_code,
        villageName: nameOf(r, 'village_'),
        oblastCode: r.oblast_code,
        rayonCode: r.rayon_code,
        isSample: r.is_sample,
        sourceId: r.source_id,
      }));
    },
  };
}
export type ProductsRepository = ReturnType<typeof createProductsRepository>;

declare module 'fastify' {
  interface FastifyInstance {
    productsRepository: ProductsRepository;
  }
}

export default fp(
  async (app) => {
    app.decorate('productsRepository', createProductsRepository(app.db.pool));
  },
  { name: 'products-repository', dependencies: ['database'] },
);
