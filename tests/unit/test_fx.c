/* test_fx.c: date forms and rate rules of core/fx.c. */
#include "check.h"
#include "core/fx.h"
#include <math.h>

static int when(const char *s, tn_when *w){
  return tn_parse_when(s, strlen(s), w);
}

void test_fx(void){
  tn_when w;
  CHECK("fx.when.year", when("2021", &w) && w.kind==TN_WHEN_YEAR && w.year==2021);
  CHECK("fx.when.month", when("2021-12", &w) && w.kind==TN_WHEN_MONTH && w.month==12);
  CHECK("fx.when.day", when("2021-12-14", &w) && w.kind==TN_WHEN_DAY && w.day==14);
  CHECK("fx.when.seconds", when("2021-12-14 10:00:05.250", &w) && w.day==14);
  CHECK("fx.when.zone-back", when("2021-01-01T01:00+02:00", &w)
        && w.year==2020 && w.month==12 && w.day==31);
  CHECK("fx.when.zone-ahead", when("2020-02-28 23:00-01:30", &w) && w.month==2 && w.day==29);
  CHECK("fx.when.julian", when("2459562.5", &w) && w.year==2021 && w.month==12 && w.day==14);
  CHECK("fx.when.julian-number", tn_when_from_julian(2440587.5, &w)
        && w.year==1970 && w.month==1 && w.day==1);
  CHECK("fx.when.julian-range", !tn_when_from_julian(2021, &w));
  CHECK("fx.when.leap", when("2024-02-29", &w) && !when("2023-02-29", &w) && !when("1900-02-29", &w));
  CHECK("fx.when.bad-month", !when("2021-13", &w) && !when("2021-00", &w));
  CHECK("fx.when.bad-shape", !when("21-12-14", &w) && !when("2021/12/14", &w) && !when("", &w)
        && !when("2021-12-14x", &w) && !when("2021-12-14 10", &w) && !when("0000", &w));
  CHECK("fx.when.bad-zone", !when("2021-12-14 10:00+2", &w));

  CHECK_INT("fx.find.usd", TN_FX_USD, tn_fx_find("usd", 3));
  CHECK_INT("fx.find.unknown", -1, tn_fx_find("XYZ", 3));
  CHECK_INT("fx.find.length", -1, tn_fx_find("EURO", 4));
  int eur = tn_fx_find("EUR", 3), dem = tn_fx_find("Dem", 3);
  CHECK("fx.find.eur", eur>=0 && dem>=0 && tn_fx_currencies[dem].successor==eur);
  for(int i=1; i<tn_fx_ncurrencies; i++){
    if( strcmp(tn_fx_currencies[i-1].code, tn_fx_currencies[i].code)>=0 ){
      CHECK("fx.table.sorted", 0);
      break;
    }
  }
  tn_when m = { TN_WHEN_MONTH, 2021, 12, 0 };
  CHECK("fx.rate.month", tn_fx_units_per_usd(eur, m)==0.88466345);
  m.year = 1998;
  CHECK("fx.rate.before-first", isnan(tn_fx_units_per_usd(eur, m)));
  tn_when latest = { TN_WHEN_LATEST, 0, 0, 0 };
  CHECK("fx.rate.successor", fabs(tn_fx_units_per_usd(dem, latest)
                                  - 1.95583*tn_fx_units_per_usd(eur, latest)) < 1e-12);
  CHECK("fx.rate.usd", tn_fx_units_per_usd(TN_FX_USD, m)==1.0);
  tn_when used, saturday = { TN_WHEN_DAY, 2021, 12, 11 };
  CHECK("fx.used.no-daily", tn_fx_rate_used(eur, saturday, &used)==0.88466345
        && used.kind==TN_WHEN_MONTH && used.year==2021 && used.month==12);
  tn_when after = { TN_WHEN_DAY, 2031, 1, 5 };
  CHECK("fx.used.after-last", !isnan(tn_fx_rate_used(eur, after, &used))
        && used.kind==TN_WHEN_MONTH && used.year*12 + used.month - 1
           == tn_fx_currencies[eur].first_month + tn_fx_currencies[eur].n_months - 1);
  char buf[8];
  tn_fx_month_text(2021*12 + 11, buf);
  CHECK_STR("fx.month-text", "2021-12", buf);
}
