# tradenews: a SQLite extension for multilingual trade news.
#
#   make          build tradenews.so and the command tradenews
#   make run      install what is missing, build, make the news database of seeds/,
#                 print its report and write its dashboard
#   make test     the same, then the whole test suite
#   make asan     the test suite under AddressSanitizer + UBSan
#   make eval     accuracy of detect_lang() and amounts() on ../shared corpora
#   make bench    throughput figures beside same-run baselines
#   make fuzz     libFuzzer on each parser (FUZZ_SECONDS each, default 600)
#   make deps     install missing Debian packages (apt-get)
#   make install  the command and the extension under PREFIX (default /usr/local)
#   make clean

CC      ?= cc
CXX     ?= c++
PKGS    := sqlite3 icu-uc icu-i18n libutf8proc gumbo libarchive
VERSION := $(shell cat VERSION)
COMMIT  := $(shell git rev-parse --short=12 HEAD 2>/dev/null || echo unknown)

WARN     := -Wall -Wextra -Werror
OPT      ?= -O2 -g
PKG_CFLAGS := $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
# The extension must not link libsqlite3: it calls SQLite through the host's
# sqlite3_api table.
PKG_LIBS   := $(shell pkg-config --libs icu-uc icu-i18n libutf8proc gumbo libarchive 2>/dev/null)
# CLD2 (libcld2-dev) ships no pkg-config file.
CLD2_LIBS  := -lcld2
CFLAGS_ALL   = -std=gnu11 $(OPT) $(WARN) -fPIC -fvisibility=hidden $(PKG_CFLAGS) $(SAN) \
               -DTN_VERSION='"$(VERSION)"' -DTN_COMMIT='"$(COMMIT)"' $(CFLAGS)
CXXFLAGS_ALL = -std=c++17 $(OPT) $(WARN) -fPIC -fvisibility=hidden $(SAN) $(CXXFLAGS)
LDLIBS_ALL   = $(PKG_LIBS) $(CLD2_LIBS) -lstdc++ -lpthread -lm
LDFLAGS_SO   = -shared -Wl,-z,now -Wl,-z,relro -Wl,--no-undefined $(SAN) $(LDFLAGS)

# BUILD is the object folder: build/ normally, build/asan/ for `make asan`.
BUILD ?= build
CORE_C   := $(wildcard src/core/*.c src/core/read/*.c)
CORE_CXX := $(wildcard src/core/*.cc)
BIND_C   := $(wildcard src/*.c)
DATA     := agencies places money dates
CORE_OBJ := $(CORE_C:src/%.c=$(BUILD)/%.o) $(CORE_CXX:src/%.cc=$(BUILD)/%.o) \
            $(DATA:%=$(BUILD)/gen/%.o) $(BUILD)/gen/fx_table.o
BIND_OBJ := $(BIND_C:src/%.c=$(BUILD)/%.o)
SO       ?= tradenews.so
CLI      ?= tradenews

.PHONY: all run test asan eval bench fuzz deps clean unit install
all: $(SO) $(CLI)

# The command (cli/): the extension's objects, linked with the system
# SQLite, and the SQL of sql/ it runs, compiled in.
CLI_SQL  := build report dashboard
CLI_SRC  := cli/tradenews.c cli/script.c
$(CLI): $(CLI_SRC) cli/script.h $(BIND_OBJ) $(BUILD)/libtncore.a $(CLI_SQL:%=$(BUILD)/gen/%_sql.o)
	$(CC) -std=gnu11 $(OPT) $(WARN) $(PKG_CFLAGS) $(SAN) -DTN_VERSION='"$(VERSION)"' -Isrc -o $@ \
	  $(CLI_SRC) $(BIND_OBJ) $(CLI_SQL:%=$(BUILD)/gen/%_sql.o) $(BUILD)/libtncore.a \
	  -lsqlite3 $(LDLIBS_ALL) -pthread $(SAN)

$(BUILD)/gen/%_sql.txt: sql/%.sql
	@mkdir -p $(dir $@)
	cp $< $@

# make install: the command and the extension under PREFIX (the command
# finds the extension in PREFIX/lib), and build.sql for tradenews.dask.
PREFIX ?= /usr/local
install: all
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/lib
	install -m 755 $(CLI) $(DESTDIR)$(PREFIX)/bin/tradenews
	install -m 644 $(SO) $(DESTDIR)$(PREFIX)/lib/tradenews.so
	install -d $(DESTDIR)$(PREFIX)/share/tradenews
	install -m 644 sql/build.sql $(DESTDIR)$(PREFIX)/share/tradenews/build.sql

$(SO): $(BIND_OBJ) $(BUILD)/libtncore.a
	$(CC) $(LDFLAGS_SO) -o $@ $(BIND_OBJ) $(BUILD)/libtncore.a $(LDLIBS_ALL)

$(BUILD)/libtncore.a: $(CORE_OBJ)
	ar rcs $@ $^

$(BUILD)/%.o: src/%.c $(wildcard src/*.h src/core/*.h src/core/read/*.h) Makefile VERSION
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_ALL) -Isrc -c $< -o $@

$(BUILD)/%.o: src/%.cc $(wildcard src/core/*.h) Makefile
	@mkdir -p $(dir $@)
	$(CXX) $(CXXFLAGS_ALL) -Isrc -c $< -o $@

# Lexicons in data/ are compiled in, so the extension is one file.
build/embed: tools/embed.c
	@mkdir -p build
	$(CC) -O2 $(WARN) -o $@ $<

$(BUILD)/gen/%.c: $(BUILD)/gen/%.txt build/embed
	build/embed tn_$*_txt $< > $@

$(BUILD)/gen/%.txt: data/%.txt
	@mkdir -p $(dir $@)
	cp $< $@

# The money and date words: those of every language, then each
# language's own (data/lang/<code>/), as one text each.
$(BUILD)/gen/money.txt: data/money.txt $(wildcard data/lang/*/money.txt)
	@mkdir -p $(dir $@)
	cat $^ > $@

$(BUILD)/gen/dates.txt: data/dates.txt $(wildcard data/lang/*/dates.txt)
	@mkdir -p $(dir $@)
	cat $^ > $@

$(BUILD)/gen/%.o: $(BUILD)/gen/%.c
	$(CC) $(CFLAGS_ALL) -Isrc -c $< -o $@

# Exchange rates: data/fx/*.csv compiled into a C table (see src/core/fx.h).
FX_CSV := data/fx/usd_rates_monthly.csv data/fx/usd_rates_daily.csv data/fx/successors.csv
build/fxgen: tools/fxgen.c
	@mkdir -p build
	$(CC) -O2 $(WARN) -o $@ $<

$(BUILD)/gen/fx_table.c: $(FX_CSV) build/fxgen
	@mkdir -p $(dir $@)
	build/fxgen $(FX_CSV) > $@.tmp && mv $@.tmp $@

# C unit tests of the SQLite-free core.
$(BUILD)/unit_tests: tests/unit/*.c tests/unit/*.h $(BUILD)/libtncore.a
	$(CC) $(CFLAGS_ALL) -Isrc -o $@ tests/unit/*.c $(BUILD)/libtncore.a $(LDLIBS_ALL)

unit: $(BUILD)/unit_tests

deps:
	@bash tools/deps.sh

# make run: the news database of seeds/ (sql/build.sql: built the first
# time, refreshed after), its main report, and its dashboard.
NEWS_DB := build/news.db
run: deps
	@$(MAKE) --no-print-directory all
	./$(CLI) build seeds -o $(NEWS_DB)
	./$(CLI) report $(NEWS_DB)
	./$(CLI) dashboard $(NEWS_DB) -o build/dashboard.html
	@echo "tradenews: database $(NEWS_DB), dashboard build/dashboard.html"

test: deps
	@$(MAKE) --no-print-directory all unit
	bash tests/run.sh ./$(SO) $(BUILD)/unit_tests

# The sqlite3 shell is not instrumented, so the sanitizer runtime is
# preloaded into it. So is ICU: sqlite3 unloads the extension at exit, and
# without the preload ICU would go with it, leaving ICU's own caches
# unreachable and reported as leaks.
ASAN_RT = $(shell $(CC) -print-file-name=libasan.so)
ICU_LIBS = $(foreach l,icuuc icui18n,$(firstword $(wildcard /usr/lib/*/lib$(l).so /usr/lib/lib$(l).so)))
asan: deps
	@$(MAKE) --no-print-directory BUILD=build/asan SO=build/asan/tradenews.so CLI=build/asan/tradenews \
	  SAN='-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all' \
	  OPT='-O1 -g' build/asan/tradenews.so build/asan/tradenews build/asan/unit_tests
	TN_PRELOAD="$(ASAN_RT) $(ICU_LIBS)" ASAN_OPTIONS=detect_leaks=1 \
	  LSAN_OPTIONS=suppressions=$(CURDIR)/tests/lsan.supp:print_suppressions=0 \
	  UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
	  bash tests/run.sh build/asan/tradenews.so build/asan/unit_tests

eval: all
	bash tests/eval_lang.sh ./$(SO)
	/usr/bin/python3 tests/eval_amounts.py ./$(SO)
	/usr/bin/python3 tests/eval_percents.py ./$(SO)
	/usr/bin/python3 tests/eval_search.py ./$(SO)
	/usr/bin/python3 tests/eval_dates.py ./$(SO)

bench: all
	bash bench/fx.sh ./$(SO)
	bash bench/amounts.sh ./$(SO)
	bash bench/articles.sh ./$(SO)
	bash bench/search.sh ./$(SO)
	bash bench/readers.sh ./$(SO)
	bash bench/news_db.sh ./$(SO)
	bash bench/build.sh ./$(SO) ./$(CLI)

# libFuzzer on the core's parsers, under ASan and UBSan: one target per
# tests/fuzz/<name>.c, each for FUZZ_SECONDS (default 600) from the seeds in
# tests/fuzz/seeds/<name>/. FUZZ_TARGETS picks some. Needs clang and
# libclang-rt-14-dev. Linked by clang++: the core's C++ (ICU's normalizer)
# needs UBSan's C++ runtime.
FUZZ_SECONDS ?= 600
FUZZ_TARGETS ?= $(basename $(notdir $(wildcard tests/fuzz/*.c)))
FUZZ_SAN = -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer
fuzz:
	@command -v clang >/dev/null && clang -print-file-name=libclang_rt.fuzzer-x86_64.a | grep -q / \
	  || { echo "make fuzz needs: apt-get install -y clang libclang-rt-14-dev" >&2; exit 1; }
	@$(MAKE) --no-print-directory BUILD=build/fuzz CC=clang CXX=clang++ OPT='-O1 -g' \
	  SAN='$(FUZZ_SAN) -fsanitize=fuzzer-no-link' build/fuzz/libtncore.a
	@for t in $(FUZZ_TARGETS); do \
	  echo "fuzz: $$t for $(FUZZ_SECONDS) s"; \
	  clang++ -O1 -g $(FUZZ_SAN) -fsanitize=fuzzer $(PKG_CFLAGS) -Isrc -o build/fuzz/$$t \
	    -x c tests/fuzz/$$t.c -x none build/fuzz/libtncore.a $(LDLIBS_ALL) || exit 1; \
	  mkdir -p build/fuzz/corpus/$$t && cp tests/fuzz/seeds/$$t/* build/fuzz/corpus/$$t/; \
	  build/fuzz/$$t -max_total_time=$(FUZZ_SECONDS) -max_len=4096 build/fuzz/corpus/$$t || exit 1; \
	done

clean:
	rm -rf build tradenews.so tradenews
.SECONDARY:

# tradenews_info() reports the commit: rebuild tradenews.o when it changes.
$(BUILD)/tradenews.o: $(BUILD)/commit.stamp
$(BUILD)/commit.stamp: FORCE
	@mkdir -p $(dir $@)
	@echo '$(COMMIT)' | cmp -s - $@ || echo '$(COMMIT)' > $@
.PHONY: FORCE
FORCE:
