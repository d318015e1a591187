"""Package data of newsx: the rule files under ``rules/<lang>/``.

In the repository this is the folder ``data/``; installed, it is the package ``newsx_data``
(see ``[tool.setuptools.package-dir]`` in ``pyproject.toml``). Find files through
:mod:`pipeline.resources`, never through paths relative to the checkout.
"""
