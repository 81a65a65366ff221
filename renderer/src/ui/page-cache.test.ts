import { describe, expect, it } from 'vitest';
import { PageCache } from './page-cache';

describe('PageCache', () => {
  it('claims each page of a window once, across overlapping windows', () => {
    const cache = new PageCache<string>(100);
    expect(cache.claim(0, 30)).toEqual([0]);
    expect(cache.claim(20, 250)).toEqual([1, 2]);
    expect(cache.claim(0, 299)).toEqual([]);
    expect(cache.claim(1_000, 1_050)).toEqual([10]);
  });

  it('finds a row by its index once its page is stored, and nothing before', () => {
    const cache = new PageCache<string>(3);
    cache.claim(0, 8);
    expect(cache.row(4)).toBeUndefined();
    cache.store(1, ['d', 'e', 'f']);
    expect(cache.has(1)).toBe(true);
    expect([cache.row(3), cache.row(4), cache.row(5), cache.row(6)]).toEqual(['d', 'e', 'f', undefined]);
  });

  it('lets a released (failed) page be claimed again', () => {
    const cache = new PageCache<string>(10);
    expect(cache.claim(0, 5)).toEqual([0]);
    cache.release(0);
    expect(cache.claim(0, 5)).toEqual([0]);
  });

  it('treats a window given backwards or below zero as its first row', () => {
    const cache = new PageCache<string>(10);
    expect(cache.claim(25, 3)).toEqual([2]);
    expect(cache.claim(-5, 0)).toEqual([0]);
  });
});
