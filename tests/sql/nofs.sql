-- entry: sqlite3_tradenewsnofs_init
-- The no-filesystem entry point: everything but file access.
select 'nofs.no-articles', (select count(*) from pragma_module_list where name = 'articles') = 0;
select 'nofs.info-entry', json_extract(tradenews_info(), '$.entry_point') = 'sqlite3_tradenewsnofs_init';
select 'nofs.info-filesystem', json_extract(tradenews_info(), '$.filesystem') = 0;
select 'nofs.detect-lang', detect_lang('Il valore della produzione ha raggiunto i 9,29 miliardi di yuan') = 'it';
select 'nofs.no-directonly', (select count(*) from pragma_function_list
   where name in ('tradenews_version','tradenews_info','detect_lang') and (flags & 0x80000)) = 0;
