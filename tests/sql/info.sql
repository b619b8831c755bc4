-- tradenews_version(), tradenews_info(), and the flags every function has.
select 'version.semver', tradenews_version() GLOB '[0-9]*.[0-9]*.[0-9]*';
select 'version.matches-info', json_extract(tradenews_info(), '$.version') = tradenews_version();
select 'info.entry', json_extract(tradenews_info(), '$.entry_point') = 'sqlite3_tradenews_init';
select 'info.filesystem', json_extract(tradenews_info(), '$.filesystem') = 1;
select 'info.sqlite', json_extract(tradenews_info(), '$.sqlite') = sqlite_version();
select 'info.icu', json_extract(tradenews_info(), '$.icu') GLOB '[0-9]*.[0-9]*';
select 'info.utf8proc', json_extract(tradenews_info(), '$.utf8proc') GLOB '[0-9]*.[0-9]*.[0-9]*';
select 'info.commit', length(json_extract(tradenews_info(), '$.commit')) > 0;
select 'info.lang-engine', json_extract(tradenews_info(), '$.lang_engine') = 'CLD2';
-- The registry's rows (tradenews_info().registered): every one is in
-- SQLite's lists, so a function added later cannot escape these checks.
select 'registered.count', json_array_length(tradenews_info(), '$.registered') = 17;
select 'registered.listed', (select count(*) from json_each(tradenews_info(), '$.registered')
   where value not in (select name from pragma_function_list union select name from pragma_module_list)) = 0;
-- Every function: UTF8 | DETERMINISTIC (0x800) | INNOCUOUS (0x200000), not DIRECTONLY (0x80000).
select 'flags.pure', (select count(*) from pragma_function_list as f
   join json_each(tradenews_info(), '$.registered') as r on f.name = r.value
   where (f.flags & 0x200800) <> 0x200800 or (f.flags & 0x80000) <> 0) = 0;
select 'flags.pure-count', (select count(distinct f.name) from pragma_function_list as f
   join json_each(tradenews_info(), '$.registered') as r on f.name = r.value) = 10;
select 'flags.articles-module', (select count(*) from pragma_module_list where name = 'articles') = 1;
-- Nothing shadows a built-in: every function name we register is ours alone.
select 'no-shadowing', (select count(*) from pragma_function_list as f
   join json_each(tradenews_info(), '$.registered') as r on f.name = r.value where f.builtin) = 0;
