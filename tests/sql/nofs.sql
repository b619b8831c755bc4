-- entry: sqlite3_tradenewsnofs_init
-- The no-filesystem entry point: everything but file access.
select 'nofs.no-articles', (select count(*) from pragma_module_list where name = 'articles') = 0;
select 'nofs.info-entry', json_extract(tradenews_info(), '$.entry_point') = 'sqlite3_tradenewsnofs_init';
select 'nofs.info-filesystem', json_extract(tradenews_info(), '$.filesystem') = 0;
select 'nofs.detect-lang', detect_lang('Il valore della produzione ha raggiunto i 9,29 miliardi di yuan') = 'it';
-- Everything of the registry but what reads files: all of it but articles.
select 'nofs.registered', json_array_length(tradenews_info(), '$.registered') = 16
   and not exists (select 1 from json_each(tradenews_info(), '$.registered') where value = 'articles');
select 'nofs.registered-listed', (select count(*) from json_each(tradenews_info(), '$.registered')
   where value not in (select name from pragma_function_list union select name from pragma_module_list)) = 0;
select 'nofs.no-directonly', (select count(*) from pragma_function_list as f
   join json_each(tradenews_info(), '$.registered') as r on f.name = r.value where (f.flags & 0x80000)) = 0;
select 'nofs.amounts', extract_currency('Las ventas sumaron $500 millones.', 'es-MX') = 'MXN';
