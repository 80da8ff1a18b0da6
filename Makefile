# Mentorapp developer tasks. `make test` is what CI runs (.ci/run).

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
STAMP := $(VENV)/.installed
PYTEST_ARGS ?=
# Test processes: one per core (CI has 2). `make test PYTEST_WORKERS=0` runs in one process.
PYTEST_WORKERS ?= auto

UI_FILES := $(wildcard ui/*.ui)
# The GUI's strings (context: the class) and the command line's (contexts cli, argparse).
TR_SOURCES := $(shell find mentorapp/gui -name '*.py' -not -path '*/forms/*' | sort) $(UI_FILES) \
	mentorapp/cli.py mentorapp/cli_messages.py mentorapp/cli_moves.py mentorapp/cli_questionnaires.py \
	mentorapp/cli_vault_state.py mentorapp/cli_practice.py mentorapp/cli_report.py mentorapp/cli_vault_tune.py
TS_FILE := resources/translations/mentorapp_nl.ts
QM_FILE := resources/translations/mentorapp_nl.qm
EN_TS := resources/translations/mentorapp_en.ts
EN_QM := resources/translations/mentorapp_en.qm

.PHONY: venv install system-deps-run system-deps-test run check test bench forms \
	translations screenshots clean distclean installer test-installer

# venv: create .venv (only if missing).
venv: $(PY)

$(PY):
	$(PYTHON) -m venv $(VENV)

# install: editable install with dev extras, redone only when the packaging files change.
install: $(STAMP)

$(STAMP): pyproject.toml setup.py | $(PY)
	$(PY) -m pip install --disable-pip-version-check -q -e '.[dev]'
	touch $@

# system-deps-run: Debian libraries Qt's xcb platform plugin needs for the GUI.
system-deps-run:
	bash tools/system_deps.sh run

# system-deps-test: Debian packages the tests need (gnome-keyring, dbus, poppler...).
system-deps-test:
	bash tools/system_deps.sh test

# run: start the GUI.
run: system-deps-run install
	$(BIN)/mentorapp

# check: lint, formatting and type checks (strict for domain/ and store/).
check: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy mentorapp

# test: checks, then the whole suite offscreen with HOME/XDG_* in a throw-away
# directory and no session bus or display, so no test touches the real home or keychain.
test: system-deps-test check
	@tmp=$$(mktemp -d); trap 'rm -rf "$$tmp"' EXIT; \
	mkdir -p "$$tmp/data" "$$tmp/config" "$$tmp/cache" "$$tmp/runtime"; \
	chmod 700 "$$tmp/runtime"; \
	echo "pytest with HOME=$$tmp"; \
	env -u DBUS_SESSION_BUS_ADDRESS -u DISPLAY -u WAYLAND_DISPLAY \
		HOME="$$tmp" XDG_DATA_HOME="$$tmp/data" XDG_CONFIG_HOME="$$tmp/config" \
		XDG_CACHE_HOME="$$tmp/cache" XDG_RUNTIME_DIR="$$tmp/runtime" \
		QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -n $(PYTEST_WORKERS) --dist worksteal $(PYTEST_ARGS)

# bench: run the benchmarks (bench/ package).
bench: install
	$(PY) -m bench

# forms: compile ui/<name>.ui into mentorapp/gui/forms/ui_<name>.py.
forms: install
	@mkdir -p mentorapp/gui/forms
	@for f in $(UI_FILES); do \
		name=$$(basename "$$f" .ui); out="mentorapp/gui/forms/ui_$$name.py"; \
		echo "uic $$f -> $$out"; \
		{ echo "# Automatically generated from ui/$$name.ui by 'make forms' - do not edit."; \
		  $(BIN)/pyside6-uic "$$f"; } > "$$out.tmp" && mv "$$out.tmp" "$$out" \
		|| { rm -f "$$out.tmp"; exit 1; }; \
	done

# translations: update the Dutch .ts from the GUI and CLI sources (a string that moved to
# another class keeps its Dutch: tools/carry_translations.py) and compile it to .qm.
translations: install
	@mkdir -p resources/translations
	@if [ -n "$(strip $(TR_SOURCES))" ]; then \
		$(BIN)/pyside6-lupdate $(TR_SOURCES) -locations none -target-language nl_NL -ts $(TS_FILE); \
		$(PY) tools/carry_translations.py $(TS_FILE); \
		$(BIN)/pyside6-lupdate $(TR_SOURCES) -locations none -no-obsolete -pluralonly -target-language en_GB -ts $(EN_TS); \
		$(PY) tools/english_plurals.py $(EN_TS); \
	else \
		echo "translations: no sources in mentorapp/gui or ui/*.ui yet"; \
	fi
	@if [ -f $(TS_FILE) ]; then \
		$(BIN)/pyside6-lrelease $(TS_FILE) -qm $(QM_FILE); \
		$(BIN)/pyside6-lrelease $(EN_TS) -qm $(EN_QM); \
	fi

# screenshots: render the app's windows offscreen into screenshots/.
screenshots: install
	QT_QPA_PLATFORM=offscreen $(BIN)/mentorapp --screenshots screenshots

# installer: the one-folder bundle dist/mentorapp/ (build_installer.spec) with a windowed
# mentorapp and a console mentorapp-cli; PyInstaller comes from the optional dependency
# group "installer" of pyproject.toml, installed into the venv when missing.
INSTALLER_STAMP := $(VENV)/.installer-installed

installer: install $(INSTALLER_STAMP)
	$(BIN)/pyinstaller --noconfirm --clean build_installer.spec

$(INSTALLER_STAMP): pyproject.toml | $(STAMP)
	$(PY) -c 'import tomllib; print("\n".join(tomllib.load(open("pyproject.toml", "rb"))["project"]["optional-dependencies"]["installer"]))' > $@.txt
	$(PY) -m pip install --disable-pip-version-check -q -r $@.txt
	rm -f $@.txt
	touch $@

# test-installer: build, then run the bundle as a coach would, offscreen, with HOME, XDG_*
# and TMPDIR in a throw-away directory: its self-test and mentorapp-cli --version (exit
# codes and output checked), then tests/test_installer.py (vault create/check through the
# bundle, its contents, the GUI's screenshots).
test-installer: installer
	@tmp=$$(mktemp -d); trap 'rm -rf "$$tmp"' EXIT; \
	mkdir -p "$$tmp/data" "$$tmp/config" "$$tmp/cache" "$$tmp/state" "$$tmp/runtime" "$$tmp/tmp"; \
	chmod 700 "$$tmp/runtime"; \
	fenced() { env -u DBUS_SESSION_BUS_ADDRESS -u DISPLAY -u WAYLAND_DISPLAY \
		HOME="$$tmp" XDG_DATA_HOME="$$tmp/data" XDG_CONFIG_HOME="$$tmp/config" \
		XDG_CACHE_HOME="$$tmp/cache" XDG_STATE_HOME="$$tmp/state" XDG_RUNTIME_DIR="$$tmp/runtime" \
		TMPDIR="$$tmp/tmp" QT_QPA_PLATFORM=offscreen "$$@"; }; \
	line=$$(fenced dist/mentorapp/mentorapp --self-test); code=$$?; echo "$$line"; \
	[ $$code -eq 0 ] || { echo "test-installer: --self-test exited $$code"; exit 1; }; \
	echo "$$line" | grep -Eqx 'self-test ok: [a-zA-Z ,]+ \([0-9]+\.[0-9] s\)' \
		|| { echo "test-installer: not the self-test's ok line"; exit 1; }; \
	[ -z "$$(ls -A "$$tmp/tmp")" ] || { echo "test-installer: the self-test left files"; exit 1; }; \
	version=$$(fenced dist/mentorapp/mentorapp-cli --version); code=$$?; echo "$$version"; \
	[ $$code -eq 0 ] || { echo "test-installer: mentorapp-cli --version exited $$code"; exit 1; }; \
	expected="Mentorapp $$($(PY) -c 'import mentorapp; print(mentorapp.__version__)')"; \
	[ "$$version" = "$$expected" ] || { echo "test-installer: expected $$expected"; exit 1; }; \
	fenced env MENTORAPP_TEST_INSTALLER=1 MENTORAPP_INSTALLER_BUILT=1 \
		$(PY) -m pytest -q -p no:cacheprovider tests/test_installer.py

# clean: remove caches and build output (keeps .venv and generated sources).
clean:
	rm -rf build dist *.egg-info .pytest_cache .mypy_cache .ruff_cache .hypothesis screenshots
	find . -path ./$(VENV) -prune -o -name __pycache__ -type d -prune -exec rm -rf {} +

# distclean: clean, and remove the venv too.
distclean: clean
	rm -rf $(VENV)
