-- Errors of dates() and extract_date(): each names the function, the argument and the value.
SELECT * FROM dates(42);
SELECT * FROM dates('ieri', 'xx');
SELECT * FROM dates('ieri', 'it', 'yesterday');
SELECT extract_date('ieri', 'it', '2024-13-01');
SELECT extract_date('ieri', 'it', 20240307);
SELECT extract_date(x'00', 'it');
SELECT extract_date('ieri', 7);
SELECT * FROM dates;
