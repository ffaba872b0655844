"""The bundled sample site: generated from the seed texts, served on 127.0.0.1 for the demo and tests."""
from crawler.samplesite.generate import Site, build_site, chrome_lines
from crawler.samplesite.server import SampleSiteServer

__all__ = ["SampleSiteServer", "Site", "build_site", "chrome_lines"]
