-- detect_lang(): one sentence per language it must know.
select 'en', detect_lang('The company said exports rose sharply in the third quarter of the year.') = 'en';
select 'zh', detect_lang('今年前两个月，我国货物贸易进出口总值比去年同期增长百分之八点七。') = 'zh';
select 'it', detect_lang('Il distretto ha esportato articoli per un valore di 2,73 miliardi di yuan.') = 'it';
select 'vi', detect_lang('Thành phố dự kiến thu về 300 tỷ nhân dân tệ doanh thu vào năm 2025.') = 'vi';
select 'es', detect_lang('La empresa dijo que las exportaciones aumentaron en el tercer trimestre del año.') = 'es';
select 'fr', detect_lang('La société a déclaré que les exportations ont fortement augmenté cette année.') = 'fr';
select 'de', detect_lang('Das Unternehmen teilte mit, dass die Exporte im dritten Quartal stark gestiegen sind.') = 'de';
select 'pt', detect_lang('A empresa disse que as exportações subiram muito no terceiro trimestre do ano passado.') = 'pt';
select 'ja', detect_lang('同社は第3四半期に輸出が大幅に増加したと発表しました。') = 'ja';
select 'ko', detect_lang('회사는 3분기에 수출이 크게 증가했다고 밝혔습니다.') = 'ko';
select 'nl', detect_lang('Het bedrijf zei dat de export in het derde kwartaal van het jaar sterk is gestegen.') = 'nl';
select 'ru', detect_lang('Компания сообщила, что экспорт резко вырос в третьем квартале этого года.') = 'ru';
select 'tr', detect_lang('Şirket, ihracatın yılın üçüncü çeyreğinde keskin bir şekilde arttığını söyledi.') = 'tr';
select 'sv', detect_lang('Företaget meddelade att exporten ökade kraftigt under det tredje kvartalet i år, enligt siffror från tullverket.') = 'sv';
select 'hi', detect_lang('कंपनी ने कहा कि साल की तीसरी तिमाही में निर्यात में तेजी से वृद्धि हुई।') = 'hi';
select 'too-short', detect_lang('3 $') is null;
select 'empty', detect_lang('') is null;
select 'null', detect_lang(null) is null;
select 'invalid-utf8', detect_lang(cast(x'54686520636f6d70616e79207361696420ff6578706f72747320726f736520736861726c7920696e20746865207965617221' as text)) = 'en';
-- A wire brief: its language from its dateline's month and its money words, not the detector's English.
select 'brief-fr', detect_lang('PARIS, 3 mars 2024 (AFP) - Contrat de 1 million d''euros signé.') = 'fr';
