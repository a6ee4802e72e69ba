# Set up a fresh machine for this site; meant to be sourced so that PATH keeps Node 24:
#   source scripts/setup.sh
# Installs, only where missing: Node >= 22.18 (Node 24 from the npm registry), Chromium's
# headless shell for the browser tests (Debian's package), nginx for the deployment tests,
# Java for the Nu Html Checker (Debian's default-jre-headless), then `npm ci`.

dn_setup() {
	local root
	root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

	if ! node -e "const [a,b]=process.versions.node.split('.').map(Number);process.exit(a>22||(a===22&&b>=18)?0:1)" 2>/dev/null; then
		local cache="${NODE24_DIR:-$HOME/.cache/docker-notes-node24}"
		if [ ! -x "$cache/node_modules/node/bin/node" ]; then
			echo "setup: installing Node 24 into $cache (the system Node is older than 22.18)"
			mkdir -p "$cache" && npm install --prefix "$cache" --no-save --no-audit --no-fund node@24 >/dev/null || return 1
		fi
		export PATH="$cache/node_modules/node/bin:$PATH"
	fi
	echo "setup: node $(node --version)"

	local sudo=''
	[ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null 2>&1 && sudo='sudo'
	local missing=()
	# The browser tests run in Chromium's headless shell, as Playwright's own Chromium does
	# (tests/chromium.ts): Debian packages it apart from the full browser.
	if [ -z "${CHROMIUM_PATH:-}" ] && ! ls "${PLAYWRIGHT_BROWSERS_PATH:-$HOME/.cache/ms-playwright}"/chromium-* >/dev/null 2>&1 \
		&& ! command -v chromium-headless-shell >/dev/null 2>&1; then
		missing+=(chromium-headless-shell)
	fi
	command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || missing+=(nginx)
	command -v java >/dev/null 2>&1 || missing+=(default-jre-headless)
	if [ "${#missing[@]}" -gt 0 ]; then
		if command -v apt-get >/dev/null 2>&1; then
			echo "setup: installing ${missing[*]} from Debian's packages"
			$sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null || return 1
		else
			echo "setup: please install ${missing[*]} (or run: npx playwright install chromium)" >&2
		fi
	fi

	(cd "$root" && npm ci --no-audit --no-fund) || return 1
}

dn_setup
