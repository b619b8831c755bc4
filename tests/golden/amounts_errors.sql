-- Errors of the money functions name the function and the argument.
select extract_amount(42);
select extract_amount(x'3130', 'it');
select extract_currency('5 euro', 'italian');
select extract_amount('5 euro', 7);
select * from amounts('5 euro', 'it!');
select * from amounts(5);
select * from amounts;
select * from percents(5);
select * from percents('5%', 'it!');
select * from percents;
