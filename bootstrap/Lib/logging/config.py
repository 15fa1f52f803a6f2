"""logging.config: dictConfig, the dictionary schema of the logging documentation (version 1).

Written for PyPack from the documented schema: formatters, filters, handlers, loggers and root,
user factories under '()' (with '.' for attributes to set), 'ext://' and 'cfg://' values,
incremental updates of levels, and disable_existing_loggers. fileConfig and listen are not here.
"""
import importlib
import logging
import re
import sys

# The names come from the configuration: only modules the app has compiled in can be found, so
# the library's own generic lookup is not reported as an import the packager cannot see.
_import_module = importlib.import_module

__all__ = ["dictConfig", "DictConfigurator", "dictConfigClass", "valid_ident"]

_IDENTIFIER = re.compile(r"^[a-z_][a-z0-9_]*$", re.I)
_CFG_STEP = re.compile(r"^\s*(?:\.\s*([a-z_][a-z0-9_]*)|\[\s*([^\]]+?)\s*\])", re.I)
_CFG_HEAD = re.compile(r"^\s*([a-z_][a-z0-9_]*)", re.I)


def valid_ident(s):
    if _IDENTIFIER.match(s) is None:
        raise ValueError("Not a valid Python identifier: %r" % s)
    return True


def _resolve(dotted):
    """The object a dotted name designates, importing modules along the way."""
    parts = dotted.split(".")
    found = _import_module(parts[0])
    path = parts[0]
    for part in parts[1:]:
        path += "." + part
        try:
            found = getattr(found, part)
        except AttributeError:
            _import_module(path)
            found = getattr(found, part)
    return found


class DictConfigurator:
    """Applies one configuration dictionary to the logging package."""

    def __init__(self, config):
        self.config = config

    # ------------------------------------------------------------ values

    def resolve(self, s):
        try:
            return _resolve(s)
        except ImportError as e:
            v = ValueError("Cannot resolve %r: %s" % (s, e))
            raise v from e

    def cfg_convert(self, path):
        head = _CFG_HEAD.match(path)
        if head is None:
            raise ValueError("Unable to convert %r" % path)
        found = self.config[head.group(1)]
        rest = path[head.end():]
        while rest:
            step = _CFG_STEP.match(rest)
            if step is None:
                raise ValueError("Unable to convert %r at %r" % (path, rest))
            if step.group(1) is not None:
                found = found[step.group(1)]
            else:
                key = step.group(2)
                found = found[int(key)] if key.isdigit() and not isinstance(found, dict) else found[key]
            rest = rest[step.end():]
        return self.convert(found)

    def convert(self, value):
        """'ext://' names an importable object, 'cfg://' a place in this configuration."""
        if isinstance(value, str):
            if value.startswith("ext://"):
                return self.resolve(value[6:])
            if value.startswith("cfg://"):
                return self.cfg_convert(value[6:])
        return value

    def _section(self, name):
        return self.config.get(name) or {}

    def _build(self, spec):
        """An object from a '()' factory: the other keys are its arguments, '.' its attributes."""
        spec = dict(spec)
        factory = spec.pop("()")
        if isinstance(factory, str):
            factory = self.resolve(factory)
        attributes = spec.pop(".", None)
        kwargs = {k: self.convert(v) for k, v in spec.items() if valid_ident(k)}
        made = factory(**kwargs)
        for name, value in (attributes or {}).items():
            setattr(made, name, self.convert(value))
        return made

    # ------------------------------------------------------------ parts

    def configure_formatter(self, spec):
        if "()" in spec:
            try:
                return self._build(spec)
            except TypeError as te:
                if "'format'" not in str(te):
                    raise
                # A factory that takes fmt, as Formatter does, given the schema's 'format'.
                spec = dict(spec)
                spec["fmt"] = spec.pop("format")
                return self._build(spec)
        cls = spec.get("class")
        cls = logging.Formatter if not cls else (self.resolve(cls) if isinstance(cls, str) else cls)
        style = spec.get("style", "%")
        kwargs = {}
        if "defaults" in spec:
            kwargs["defaults"] = spec["defaults"]
        if "validate" in spec:
            kwargs["validate"] = spec["validate"]
        return cls(spec.get("format"), spec.get("datefmt"), style, **kwargs)

    def configure_filter(self, spec):
        if "()" in spec:
            return self._build(spec)
        return logging.Filter(spec.get("name", ""))

    def add_filters(self, target, names):
        for f in names:
            try:
                target.addFilter(self.config["filters"][f] if isinstance(f, str) else f)
            except Exception as e:
                raise ValueError("Unable to add filter %r" % f) from e

    def configure_handler(self, spec):
        spec = dict(spec)
        formatter = spec.pop("formatter", None)
        if formatter is not None:
            try:
                formatter = self.config["formatters"][formatter]
            except Exception as e:
                raise ValueError("Unable to set formatter %r" % formatter) from e
        level = spec.pop("level", None)
        filters = spec.pop("filters", None)
        if "()" in spec:
            factory = spec["()"]
            if isinstance(factory, str):
                spec["()"] = self.resolve(factory)
            handler = self._build(spec)
        else:
            cls = spec.pop("class")
            if isinstance(cls, str):
                cls = self.resolve(cls)
            attributes = spec.pop(".", None)
            kwargs = {k: self.convert(v) for k, v in spec.items() if valid_ident(k)}
            handler = cls(**kwargs)
            for name, value in (attributes or {}).items():
                setattr(handler, name, self.convert(value))
        if formatter is not None:
            handler.setFormatter(formatter)
        if level is not None:
            handler.setLevel(logging._level_number(level))
        if filters:
            self.add_filters(handler, filters)
        return handler

    def common_logger_config(self, logger, spec, incremental=False):
        level = spec.get("level")
        if level is not None:
            logger.setLevel(logging._level_number(level))
        if incremental:
            return
        for h in list(logger.handlers):
            logger.removeHandler(h)
        for name in spec.get("handlers") or ():
            try:
                logger.addHandler(self.config["handlers"][name])
            except Exception as e:
                raise ValueError("Unable to add handler %r" % name) from e
        filters = spec.get("filters")
        if filters:
            self.add_filters(logger, filters)

    def configure_logger(self, name, spec, incremental=False):
        logger = logging.getLogger(name)
        self.common_logger_config(logger, spec, incremental)
        logger.disabled = False
        propagate = spec.get("propagate")
        if propagate is not None:
            logger.propagate = propagate

    def configure_root(self, spec, incremental=False):
        self.common_logger_config(logging.getLogger(), spec, incremental)

    # ------------------------------------------------------------ the whole

    def configure(self):
        config = self.config
        if "version" not in config:
            raise ValueError("dictionary doesn't specify a version")
        if config["version"] != 1:
            raise ValueError("Unsupported version: %s" % config["version"])
        if config.pop("incremental", False):
            self._configure_incremental()
            return
        disable_existing = config.pop("disable_existing_loggers", True)
        logging._named_handlers.clear()
        logging.shutdown(list(logging._all_handlers))
        del logging._all_handlers[:]

        for section, build, what in (("formatters", self.configure_formatter, "formatter"),
                                     ("filters", self.configure_filter, "filter")):
            built = self._section(section)
            for name in built:
                try:
                    built[name] = build(built[name])
                except Exception as e:
                    raise ValueError("Unable to configure %s %r" % (what, name)) from e

        handlers = self._section("handlers")
        for name in sorted(handlers):
            try:
                handler = self.configure_handler(handlers[name])
            except Exception as e:
                raise ValueError("Unable to configure handler %r" % name) from e
            handler.name = name
            handlers[name] = handler

        manager = logging.root.manager
        existing = sorted(manager.loggerDict)
        children = []
        loggers = self._section("loggers")
        for name in loggers:
            if name in existing:
                prefix = name + "."
                children.extend(n for n in existing if n.startswith(prefix))
                existing.remove(name)
            try:
                self.configure_logger(name, loggers[name])
            except Exception as e:
                raise ValueError("Unable to configure logger %r" % name) from e

        for name in existing:
            logger = manager.loggerDict[name]
            if isinstance(logger, logging.PlaceHolder):
                continue
            if name in children:
                logger.setLevel(logging.NOTSET)
                logger.handlers = []
                logger.propagate = True
            else:
                logger.disabled = disable_existing

        root = config.get("root")
        if root:
            try:
                self.configure_root(root)
            except Exception as e:
                raise ValueError("Unable to configure root logger") from e
        manager._forget_enabled()

    def _configure_incremental(self):
        """Only levels change: of the named handlers, the loggers and the root."""
        for name, spec in self._section("handlers").items():
            handler = logging._named_handlers.get(name)
            if handler is None:
                raise ValueError("No handler found with name %r" % name)
            level = spec.get("level")
            if level:
                handler.setLevel(logging._level_number(level))
        for name, spec in self._section("loggers").items():
            try:
                self.configure_logger(name, spec, incremental=True)
            except Exception as e:
                raise ValueError("Unable to configure logger %r" % name) from e
        root = self.config.get("root")
        if root:
            try:
                self.configure_root(root, incremental=True)
            except Exception as e:
                raise ValueError("Unable to configure root logger") from e
        logging.root.manager._forget_enabled()


dictConfigClass = DictConfigurator


def dictConfig(config):
    """Configure logging from a dictionary (see the logging documentation's schema)."""
    dictConfigClass(_copy_sections(config)).configure()


def _copy_sections(config):
    """The configuration with its sections copied: built objects replace the specs in the copy."""
    copied = dict(config)
    for section in ("formatters", "filters", "handlers", "loggers"):
        if isinstance(copied.get(section), dict):
            copied[section] = dict(copied[section])
    return copied
