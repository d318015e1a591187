"""Package data of newsx: the shipped spaCy pipeline ``de_newsx/``.

In the repository this is the folder ``models/``; installed, it is the package
``newsx_models`` (see ``[tool.setuptools.package-dir]`` in ``pyproject.toml``). Find it
through :func:`pipeline.resources.model_dir`.
"""
