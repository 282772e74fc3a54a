from chibo_app.cli import main

raise SystemExit(main())
