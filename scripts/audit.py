"""``make audit``: pip-audit over constraints.txt, read honestly.

    python scripts/audit.py [PIP_AUDIT] [-- extra pip-audit options]

pip-audit prints "No known vulnerabilities found" even when it audited nothing:
where the vulnerability service does not answer for a version, it skips that
package and says so only in a "Skip Reason" column (on this project's machines
every pinned version is skipped that way), and an unreachable service ends in a
traceback. This script runs it with JSON output and reports one of:

- exit 0: every pinned package was audited and none has a known advisory;
- exit 1: advisories found (a table: package, version, advisory, fixed in);
- exit 2: the audit could not be done, or only partly (what was not audited and
  why): never read as "no vulnerabilities".

What the advisories mean for this deployment is in SECURITY.md.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LOCK = ROOT / "constraints.txt"


def verdict(report: dict | None, pinned: int, error: str = "") -> tuple[int, list[str]]:
    """(exit code, lines to print) for a pip-audit JSON report (None: no report)."""
    if report is None:
        return 2, ["AUDIT NOT DONE: pip-audit could not reach the vulnerability service.",
                   f"  {error.strip().splitlines()[-1] if error.strip() else 'no output'}",
                   "This is not a clean result. Run `make audit` where the advisory service "
                   "(PyPI's JSON API or OSV) is reachable."]
    dependencies = report.get("dependencies", [])
    skipped = [d for d in dependencies if d.get("skip_reason")]
    audited = [d for d in dependencies if not d.get("skip_reason")]
    found = [(d, v) for d in audited for v in d.get("vulns", [])]
    lines = [f"{len(audited)} of {pinned} pinned packages audited; "
             f"{len(found)} known advisories."]
    for dependency, vuln in found:
        fixed = ", ".join(vuln.get("fix_versions") or []) or "no fix"
        lines.append(f"  {dependency['name']}=={dependency['version']}: {vuln['id']} "
                     f"(fixed in {fixed})")
    if skipped:
        reasons = sorted({d["skip_reason"].split(":")[0] for d in skipped})
        lines.append(f"NOT AUDITED: {len(skipped)} packages ({'; '.join(reasons)}), e.g. "
                     + ", ".join(d["name"] for d in skipped[:5]))
        lines.append("The vulnerability service did not answer for these versions: this is "
                     "not a clean result.")
    if found:
        return 1, lines
    return (2 if skipped or not audited else 0), lines


def pinned_count() -> int:
    return sum(1 for line in LOCK.read_text().splitlines()
               if line.strip() and not line.startswith("#"))


def main() -> int:
    tool = sys.argv[1] if len(sys.argv) > 1 else str(ROOT / "build" / "audit" / "bin" /
                                                      "pip-audit")
    extra = sys.argv[sys.argv.index("--") + 1:] if "--" in sys.argv else []
    with tempfile.TemporaryDirectory() as scratch:
        out = Path(scratch) / "audit.json"
        run = subprocess.run([tool, "-r", str(LOCK), "--no-deps", "--disable-pip",
                              "--progress-spinner", "off", "-f", "json", "-o", str(out),
                              *extra], capture_output=True, text=True)
        report = json.loads(out.read_text()) if out.is_file() and out.stat().st_size else None
    code, lines = verdict(report, pinned_count(), run.stderr)
    print("\n".join(lines))
    return code


if __name__ == "__main__":
    sys.exit(main())
