-- The seeds as the main job shows them.
.headers on
SELECT path, encoding, lang, published, published_how, source, dateline, words, title
FROM articles('seeds');
