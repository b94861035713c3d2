// The Python side of a run, loaded once into its own namespace: it executes the code in a
// fresh namespace as main.py, prints a traceback without the harness's frames, and calls
// the prompt's function or class for each example test, comparing JSON-like values.
export const PYTHON_HARNESS = `
import copy, json, math, sys, traceback

def _from_main(tb):
    while tb is not None and tb.tb_frame.f_code.co_filename != "main.py":
        tb = tb.tb_next
    return tb

def _report(exc):
    traceback.print_exception(type(exc), exc, _from_main(exc.__traceback__), file=sys.stderr)

def _short(exc):
    line = None
    tb = _from_main(exc.__traceback__)
    while tb is not None:
        if tb.tb_frame.f_code.co_filename == "main.py":
            line = tb.tb_lineno
        tb = tb.tb_next
    text = "".join(traceback.format_exception_only(type(exc), exc)).strip()
    return text + (f" (line {line})" if line else "")

def _norm(value, depth=0):
    if depth > 50:
        return repr(value)
    if isinstance(value, float) and (math.isnan(value) or math.isinf(value)):
        return repr(value)
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    if isinstance(value, (list, tuple)):
        return [_norm(item, depth + 1) for item in value]
    if isinstance(value, dict):
        return {str(key): _norm(item, depth + 1) for key, item in value.items()}
    if isinstance(value, (set, frozenset)):
        items = [_norm(item, depth + 1) for item in value]
        try:
            return sorted(items)
        except TypeError:
            return items
    return repr(value)

def _same(a, b):
    if isinstance(a, bool) or isinstance(b, bool):
        return type(a) is type(b) and a == b
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-9)
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b))
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(_same(a[key], b[key]) for key in a)
    return a == b

def _show(value):
    try:
        text = json.dumps(value)
    except (TypeError, ValueError):
        text = repr(value)
    return text if len(text) <= 2000 else text[:1997] + "..."

def _expected(plan, test):
    if plan["kind"] == "function":
        return test["expected"]
    return [call["expected"] for call in test["calls"] if "expected" in call]

def _run_test(entry, plan, test):
    expected = _expected(plan, test)
    result = {"name": test["name"], "passed": False, "expected": _show(expected), "actual": None, "error": None}
    if not callable(entry):
        result["error"] = f"{plan['entry']} is not defined"
        return result
    try:
        if plan["kind"] == "function":
            actual = _norm(entry(*copy.deepcopy(test["args"])))
        else:
            target = entry(*copy.deepcopy(test["args"]))
            actual = []
            for call in test["calls"]:
                value = _norm(getattr(target, call["method"])(*copy.deepcopy(call["args"])))
                if "expected" in call:
                    actual.append(value)
    except BaseException as exc:
        result["error"] = _short(exc)
        return result
    result["actual"] = _show(actual)
    result["passed"] = _same(actual, expected)
    return result

def run(source, plan_json):
    namespace = {"__name__": "__main__"}
    status = "ok"
    tests = None
    try:
        exec(compile(source, "main.py", "exec"), namespace)
    except SystemExit as exc:
        if exc.code not in (None, 0):
            if not isinstance(exc.code, int):
                print(exc.code, file=sys.stderr)
            status = "error"
    except BaseException as exc:
        _report(exc)
        status = "error"
    if status == "ok" and plan_json is not None:
        plan = json.loads(plan_json)
        entry = namespace.get(plan["entry"])
        tests = [_run_test(entry, plan, test) for test in plan["tests"]]
    sys.stdout.flush()
    sys.stderr.flush()
    return json.dumps({"status": status, "tests": tests})
`;
