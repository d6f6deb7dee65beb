"""Print the Datasette metadata for a database: `python -m crawler.datasette news.db`."""

import json
import sys
from pathlib import Path

from crawler.datasette import build_metadata

name = Path(sys.argv[1]).stem if len(sys.argv) > 1 else "news"
print(json.dumps(build_metadata(name), ensure_ascii=False, indent=2))
