/* main.c: runs every unit test of the core. */
#include "check.h"

int check_failures;

int main(void){
  test_utf8();
  test_decode();
  test_dates();
  test_article();
  test_walk();
  test_words_lang();
  test_fx();
  test_tokens();
  test_spelled();
  test_terms();
  test_terms_ascii();
  test_utf8_count();
  test_unspaced_chars();
  test_openers();
  test_locale();
  test_currency_names();
  return check_failures ? 1 : 0;
}
