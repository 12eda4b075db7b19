import { describe, expect, it } from 'vitest';
import { renameRawTables } from './rawSelectTables';

const scratch = (db: string) => `s_${db}`;

describe('renameRawTables', () => {
  it('moves qualified and unqualified tables after FROM and JOIN, keeping the layout in between', () => {
    const sql = 'SELECT o.id AS id, d.name AS name -- from d\nFROM shop.orders AS o\n  LEFT JOIN dims AS d ON d.id = o.id\n  JOIN `my db`.`t 2` USING id';
    expect(renameRawTables(sql, scratch)).toBe(
      'SELECT o.id AS id, d.name AS name -- from d\nFROM s_shop.orders AS o\n  LEFT JOIN s_default.dims AS d ON d.id = o.id\n  JOIN `s_my db`.`t 2` USING id',
    );
  });

  it('leaves ARRAY JOIN, subqueries, table functions, CTE names and strings alone', () => {
    const sql =
      "WITH recent AS (SELECT id FROM default.src) SELECT id, tag FROM recent ARRAY JOIN tags AS tag LEFT ARRAY JOIN x WHERE id IN (SELECT id FROM numbers(3)) AND s = 'FROM shop.t' UNION ALL SELECT 1, 'a' FROM (SELECT 1)";
    expect(renameRawTables(sql, scratch)).toBe(sql.replace('FROM default.src', 'FROM s_default.src'));
  });

  it('returns text that does not lex as it is', () => {
    expect(renameRawTables("SELECT 'open FROM t", scratch)).toBe("SELECT 'open FROM t");
    expect(renameRawTables('  ', scratch)).toBe('  ');
  });
});
