from chibo_app.cli.command import main

raise SystemExit(main())  # python -m chibo_app.cli
