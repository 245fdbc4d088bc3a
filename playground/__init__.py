"""The browser playground: a static site (`opl playground build|serve`) where
the engine and its language features run in Pyodide. build.py writes the
site; bridge.py is the Python the page talks to (in a Web Worker); web/ holds
the page's JavaScript (CodeMirror 6, bundled by esbuild). See docs/playground.md."""
