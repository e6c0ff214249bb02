#!/usr/bin/env bash
# Debian packages plankg needs: a CJK font for drawings (fonts-wqy-microhei), Chromium for the
# browser tests, Virtuoso for the graph-server tests, Graphviz to lay out briefing pictures,
# Pango for WeasyPrint's PDF briefings, and npm to install the app's Cytoscape.js.
# Installs only what is missing.
set -euo pipefail
need=()
[ -f /usr/share/fonts/truetype/wqy/wqy-microhei.ttc ] || need+=(fonts-wqy-microhei)
[ -x /usr/bin/chromium ] || need+=(chromium)
# Virtuoso's binaries (no system service): the SPARQL server the server-store tests start on 127.0.0.1.
[ -x /usr/bin/virtuoso-t ] || need+=(virtuoso-opensource-7-bin)
[ -x /usr/bin/neato ] || need+=(graphviz)
ldconfig -p 2>/dev/null | grep -q libpango-1.0 || need+=(libpango-1.0-0 libpangoft2-1.0-0)
command -v npm >/dev/null || need+=(npm)
[ ${#need[@]} -eq 0 ] && exit 0
if ! command -v apt-get >/dev/null; then
  echo "plankg: please install ${need[*]} with your system's package manager" >&2
  exit 1
fi
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
echo "plankg: installing ${need[*]} (Debian packages)" >&2
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
