"""`python -m clio_assets.demo`: generate the demo days and materialise every asset (see runner.py)."""
from clio_assets.demo.runner import main

if __name__ == "__main__":
    main()
