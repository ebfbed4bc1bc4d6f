# unittest (which imports signal through unittest.signals): TextTestRunner at verbosity 1 and 2
# over passing, failing, erroring, skipped, expected-failure and subTest cases, setUpClass, and
# unittest.main(exit=False) with test names. Timing and traceback bodies are filtered out.
import io
import re
import sys
import unittest

class Arith(unittest.TestCase):
    def setUp(self):
        self.x = 2
    def test_add(self):
        self.assertEqual(self.x + 2, 4)
    def test_fail(self):
        self.assertEqual(self.x * 3, 7, "multiplication")
    def test_error(self):
        {}["missing"]
    @unittest.skip("not today")
    def test_skipped(self):
        pass
    @unittest.expectedFailure
    def test_expected(self):
        self.assertTrue(False)
    def test_raises(self):
        with self.assertRaises(ZeroDivisionError):
            1 / 0
        self.assertRaisesRegex(ValueError, "invalid literal", int, "x")
    def test_subtests(self):
        for i in range(3):
            with self.subTest(i=i):
                self.assertLess(i, 2)
    def test_misc(self):
        self.assertIn(1, [1, 2]); self.assertIsNone(None); self.assertAlmostEqual(0.1 + 0.2, 0.3)
        self.assertCountEqual([1, 2, 2], [2, 1, 2]); self.assertDictEqual({"a": 1}, {"a": 1})
        self.assertIsInstance(1, int); self.assertRegex("hello", "h.l")

class Other(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        print("setUpClass", file=sys.stdout)
    def test_list_diff(self):
        self.assertListEqual([1, 2, 3], [1, 2, 4])
    def test_ok(self):
        pass

def run(verbosity, suite):
    stream = io.StringIO()
    result = unittest.TextTestRunner(stream=stream, verbosity=verbosity).run(suite)
    text = re.sub(r"Ran (\d+) tests? in [0-9.]+s", r"Ran \1 tests in X", stream.getvalue())
    # traceback bodies (frames, source lines) are left out: ours list the frames outside the
    # catching one too
    text = "\n".join(l for l in text.split("\n") if not l.startswith("  "))
    print(text)
    print(result.testsRun, len(result.failures), len(result.errors), len(result.skipped),
          len(result.expectedFailures), result.wasSuccessful())

loader = unittest.defaultTestLoader
run(2, loader.loadTestsFromModule(sys.modules[__name__]))
# (kept small: formatting tracebacks is slow under DUALVM_GC_STRESS)
run(1, unittest.TestSuite([Arith("test_add"), Arith("test_skipped"), Arith("test_misc"), Other("test_ok")]))
prog = unittest.main(exit=False, argv=["prog", "Arith.test_add", "Other.test_ok"], testRunner=unittest.TextTestRunner(stream=io.StringIO()))
print(prog.result.testsRun, prog.result.wasSuccessful())
