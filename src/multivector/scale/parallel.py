"""Code a document stream on every core of one machine, in input order, in bounded memory.

Worker processes get the coder once — forked from a parent that built it (Linux, no other
thread: one model load, shared copy-on-write) or built in the pool initializer (spawn) — and
code batches of documents; the parent reads the input lazily, keeps at most ``max_in_flight`` batches
submitted, and yields results in input order. The parent is the only process that sees the
results, so it is the one writer of any database fed from this stream.
"""

from __future__ import annotations

import collections
import contextlib
import ctypes
import dataclasses
import gc
import itertools
import multiprocessing
import os
import signal
import sys
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from functools import partial
from typing import Any, Protocol

from multivector.model import CodedDocument, Document, DocumentProblem

Item = Document | DocumentProblem

#: Thread-pool variables pinned to 1 in every worker so N workers use N cores, not N x cores.
THREAD_ENV_VARS = (
    "OMP_NUM_THREADS",
    "OPENBLAS_NUM_THREADS",
    "MKL_NUM_THREADS",
    "BLIS_NUM_THREADS",
    "VECLIB_MAXIMUM_THREADS",
    "NUMEXPR_NUM_THREADS",
    "TORCH_NUM_THREADS",
)


class DocumentCoder(Protocol):
    """What the parallel runner needs of a coder (``multivector.coding.coder.Coder``)."""

    def code_documents(
        self, documents: Iterable[Document], batch_size: int = 32
    ) -> Iterator[CodedDocument]: ...


CoderFactory = Callable[[], DocumentCoder]

#: With ``stream``, documents longer than this (characters) are coded in the parent process,
#: piece by piece, instead of in a worker that would have to send all their events at once.
STREAM_IN_PARENT_CHARS = 1_000_000


def build_coder(
    dictionary_paths: Sequence[str] = (), model: bool = True, strict: bool = False
) -> DocumentCoder:
    """The standard coder factory: bundled dictionaries plus ``dictionary_paths``; ``model``
    uses the trained models, ``strict`` the verifier's stricter threshold."""
    from multivector.coding.coder import Coder

    return Coder(dictionary_paths=tuple(dictionary_paths), model=model, strict=strict)


def default_workers() -> int:
    """All cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not Linux
        return max(1, os.cpu_count() or 1)


def problem_result(problem: DocumentProblem) -> CodedDocument:
    """A problem carried through the coded stream in its input position."""
    return CodedDocument(document=Document(id=problem.name, text=""), problem=problem)


def code_stream(
    coder: DocumentCoder, documents: Iterable[Any], batch_size: int, stream: bool = False
) -> Iterator[CodedDocument]:
    """``coder.code_documents``, asking for long documents piece by piece (``StreamedDocument``)
    when ``stream`` and the coder can (``multivector.coding.coder.Coder`` can)."""
    if stream and (hasattr(coder, "code_pieces") or isinstance(coder, LazyCoder)):
        return coder.code_documents(documents, batch_size=batch_size, stream=True)  # type: ignore[call-arg]
    return coder.code_documents(documents, batch_size=batch_size)


def parts_of(coded: CodedDocument) -> Iterator[CodedDocument]:
    """The results of a coded document piece by piece: a ``StreamedDocument``'s parts, else
    the document itself."""
    parts = getattr(coded, "parts", None)
    return parts() if parts is not None else iter([coded])


def code_batch(
    coder: DocumentCoder, batch: Sequence[Item], batch_size: int, stream: bool = False
) -> list[CodedDocument]:
    """Code one batch of documents and problems, keeping their order.

    A coder that raises on the batch is retried one document at a time, so one bad document
    becomes a problem and costs nothing else.
    """
    docs = [x for x in batch if isinstance(x, Document)]
    if docs and isinstance(coder, LazyCoder):
        coder.get()  # a coder that cannot be built (no model) is an error, not a problem per document
    try:
        coded = list(code_stream(coder, docs, batch_size, stream)) if docs else []
        if len(coded) != len(docs):
            raise RuntimeError(f"coder returned {len(coded)} results for {len(docs)} documents")
    except Exception:
        coded = [_code_one(coder, d, batch_size) for d in docs]
    out: list[CodedDocument] = []
    it = iter(coded)
    for x in batch:
        out.append(problem_result(x) if isinstance(x, DocumentProblem) else next(it))
    return out


def _code_one(coder: DocumentCoder, doc: Document, batch_size: int) -> CodedDocument:
    try:
        [result] = list(coder.code_documents([doc], batch_size=batch_size))
        return result
    except Exception as e:  # the coder promises not to raise; keep the stream alive if it does
        reason = f"coding failed: {type(e).__name__}: {e}"
        return CodedDocument(document=doc, problem=DocumentProblem(doc.id, reason))


def code_items(
    coder: DocumentCoder, items: Iterable[Item], batch_size: int = 16, stream: bool = False
) -> Iterator[CodedDocument]:
    """Code a stream in this process, batch by batch, in input order (``stream``: long
    documents piece by piece, see :func:`code_stream`)."""
    for batch in batched(items, batch_size):
        yield from code_batch(coder, batch, batch_size, stream)


class LazyCoder:
    """A coder built by ``factory`` only when the first document arrives: a run whose inputs
    are all unusable never loads the model."""

    def __init__(self, factory: CoderFactory) -> None:
        self.factory = factory
        self._coder: DocumentCoder | None = None

    def get(self) -> DocumentCoder:
        if self._coder is None:
            self._coder = self.factory()
        return self._coder

    def code_documents(
        self, documents: Iterable[Document], batch_size: int = 32, stream: bool = False
    ) -> Iterator[CodedDocument]:
        it = iter(documents)
        first = next(it, None)
        if first is None:
            return
        yield from code_stream(self.get(), itertools.chain([first], it), batch_size, stream)


def batched(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    """Successive lists of ``size`` items (the last may be shorter)."""
    it = iter(items)
    while chunk := list(itertools.islice(it, size)):
        yield chunk


# -- worker side -----------------------------------------------------------------------------
# The coder lives in a process-local slot filled once by the pool initializer: a worker
# process serves many batches and must not rebuild the pipeline for each.
_WORKER_STATE: dict[str, DocumentCoder] = {}


#: prctl(2) option: the signal a process gets when its parent dies (linux/prctl.h).
PR_SET_PDEATHSIG = 1


def die_with_parent(parent_pid: int) -> None:
    """Make this process die (SIGKILL) when its parent does, on Linux; else do nothing.

    The kernel sends the signal when the *thread* that started this process ends, so the
    pool's processes must be started by a long-lived thread (the one iterating the stream).
    """
    if sys.platform.startswith("linux"):
        try:
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(PR_SET_PDEATHSIG, int(signal.SIGKILL), 0, 0, 0)
        except (OSError, AttributeError):  # no prctl: the parent-side handlers still apply
            pass
    if os.getppid() != parent_pid:  # the parent died before the line above ran
        os._exit(1)


def _init_worker(factory: CoderFactory | None, parent_pid: int | None = None) -> None:
    """Pool initializer: die with the parent, one thread per library, the coder once.

    A forked worker finds the parent's coder in ``_WORKER_STATE`` (``factory`` is None) and
    shares its pages copy-on-write; a spawned one builds its own with ``factory``.
    """
    if parent_pid is not None:
        die_with_parent(parent_pid)
    # Ctrl-C reaches the whole process group: the parent stops the pool, workers stay quiet.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # A forked worker inherits the parent's SIGTERM handler; the pool ends workers with SIGTERM.
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    for var in THREAD_ENV_VARS:
        os.environ[var] = "1"
    if factory is None:
        _limit_native_threads()  # libraries loaded before the fork read the variables already
    else:
        _WORKER_STATE["coder"] = factory()


def _limit_native_threads() -> None:
    try:
        from threadpoolctl import threadpool_limits
    except ImportError:
        return
    with contextlib.suppress(Exception):
        threadpool_limits(1)


def resolve_start_method(requested: str | None = None) -> str:
    """``requested``, else ``fork`` on Linux when this process runs no other Python thread
    (workers then share the parent's loaded coder), else ``spawn`` (safe with threads: a web
    server, a Spark driver, a progress bar's monitor)."""
    if requested:
        return requested
    if (
        sys.platform.startswith("linux")
        and "fork" in multiprocessing.get_all_start_methods()
        and threading.active_count() == 1
    ):
        return "fork"
    return "spawn"


def _work(batch: list[Item], batch_size: int) -> list[CodedDocument]:
    return code_batch(_WORKER_STATE["coder"], batch, batch_size)


# -- parent side -----------------------------------------------------------------------------
def parallel_code_documents(
    documents: Iterable[Item],
    workers: int,
    batch_size: int = 16,
    dictionary_paths: Sequence[str] = (),
    *,
    coder_factory: CoderFactory | None = None,
    max_in_flight: int | None = None,
    start_method: str | None = None,
    stream: bool = False,
) -> Iterator[CodedDocument]:
    """Code documents with ``workers`` processes; yields one CodedDocument per input, in order.

    ``documents`` may mix Documents and DocumentProblems (as ``read_inputs`` yields them);
    problems come back in place as ``CodedDocument(document=Document(id=name, text=""),
    problem=...)``. ``workers <= 1`` codes in this process. At most ``max_in_flight``
    batches (default ``2 * workers``) are queued or being coded at once, so memory stays
    bounded whatever the input size. An input of at most one batch is coded in this process.
    ``coder_factory`` (a picklable callable) builds the coder; by default
    ``Coder(dictionary_paths)``. ``start_method`` None chooses (:func:`resolve_start_method`):
    ``fork`` when this process runs no other thread — the coder is built once here and the
    workers share it copy-on-write — else ``spawn``: each worker builds its own, which is safe
    even when the parent runs threads (web server, Spark driver). With ``stream``, a long
    document may come as a ``StreamedDocument`` whose events arrive piece by piece (read them
    with :func:`parts_of`); documents over ``STREAM_IN_PARENT_CHARS`` are then coded in this
    process, after the results before them, so no process holds all their events.
    """
    factory = coder_factory or partial(build_coder, tuple(dictionary_paths))
    if batch_size < 1:
        raise ValueError("batch_size must be at least 1")
    if workers <= 1:
        return code_items(LazyCoder(factory), documents, batch_size, stream)
    window = max_in_flight or 2 * workers
    run = _Run(workers, batch_size, factory, window, start_method, stream)
    return _maybe_parallel(documents, run)


@dataclasses.dataclass(frozen=True)
class _Run:
    """The settings of one parallel run."""

    workers: int
    batch_size: int
    factory: CoderFactory
    window: int
    start_method: str | None
    stream: bool


def _maybe_parallel(documents: Iterable[Item], run: _Run) -> Iterator[CodedDocument]:
    # An input that fits in one batch is coded here: starting workers would cost more
    # (a model load each) than it could save.
    it = iter(documents)
    head = list(itertools.islice(it, run.batch_size + 1))
    if len(head) <= run.batch_size:
        yield from code_items(LazyCoder(run.factory), head, run.batch_size, run.stream)
        return
    yield from _parallel(itertools.chain(head, it), run)


def _units(documents: Iterable[Item], run: _Run) -> Iterator[list[Item] | Document]:
    """Batches for the workers, and (with ``stream``) each very long document on its own."""
    batch: list[Item] = []
    for item in documents:
        if run.stream and isinstance(item, Document) and len(item.text) > STREAM_IN_PARENT_CHARS:
            if batch:
                yield batch
                batch = []
            yield item
            continue
        batch.append(item)
        if len(batch) >= run.batch_size:
            yield batch
            batch = []
    if batch:
        yield batch


def _parallel(documents: Iterable[Item], run: _Run) -> Iterator[CodedDocument]:
    method = resolve_start_method(run.start_method)
    worker_factory: CoderFactory | None = run.factory
    here = LazyCoder(run.factory)  # codes very long documents in this process, if any come
    built_here = method == "fork"
    if built_here:
        # Build the coder here, once; forked workers inherit it. Freezing the objects keeps the
        # collector from writing to (and so copying) the shared pages.
        try:
            _WORKER_STATE["coder"] = here._coder = run.factory()
        except Exception as e:  # as a spawned worker's failure reads
            raise RuntimeError(f"the coder failed to load: {type(e).__name__}: {e}") from e
        gc.freeze()
        worker_factory = None
        if run.start_method is None and threading.active_count() > 1:  # a thread was started
            method, worker_factory = "spawn", run.factory
    ctx = multiprocessing.get_context(method)
    pending: collections.deque[Future[list[CodedDocument]]] = collections.deque()
    stop = _StopRequest()
    pool = ProcessPoolExecutor(
        max_workers=run.workers, mp_context=ctx, initializer=_init_worker,
        initargs=(worker_factory, os.getpid()),
    )  # fmt: skip
    clean = False
    try:
        with stop.installed():
            for unit in _units(documents, run):
                stop.check()
                if isinstance(unit, Document):  # in order: first what was submitted before it
                    while pending:
                        yield from _result(pending.popleft())
                    yield from code_items(here, [unit], run.batch_size, stream=True)
                    continue
                pending.append(pool.submit(_work, unit, run.batch_size))
                while len(pending) >= run.window:
                    yield from _result(pending.popleft())
                    stop.check()
            while pending:
                yield from _result(pending.popleft())
                stop.check()
        clean = True
    finally:
        for f in pending:  # consumer stopped early or an error: drop queued work
            f.cancel()
        if clean:
            pool.shutdown(wait=True)
        else:
            _terminate(pool)
        if built_here:
            _WORKER_STATE.pop("coder", None)
            gc.unfreeze()


class CodingStopped(Exception):
    """SIGTERM or SIGINT stopped the run between batches; results yielded before it stand."""

    def __init__(self, signum: int) -> None:
        self.signum = signum
        name = signal.Signals(signum).name
        super().__init__(f"{name} received: coding stopped between batches, workers ended")


class _StopRequest:
    """SIGTERM/SIGINT handlers (main thread only) that ask the pool to stop between batches.

    A second signal stops at once.
    """

    def __init__(self) -> None:
        self.signum: int | None = None

    def _handle(self, signum: int, _frame: object) -> None:
        if self.signum is not None:
            raise CodingStopped(signum)
        self.signum = signum

    def check(self) -> None:
        if self.signum is not None:
            raise CodingStopped(self.signum)

    @contextlib.contextmanager
    def installed(self) -> Iterator[None]:
        if threading.current_thread() is not threading.main_thread():
            yield  # signal handlers can only be set from the main thread
            return
        saved = {sig: signal.signal(sig, self._handle) for sig in (signal.SIGTERM, signal.SIGINT)}
        try:
            yield
        finally:
            for sig, handler in saved.items():
                signal.signal(sig, handler)


def _terminate(pool: ProcessPoolExecutor) -> None:
    """End the pool's workers now (a stopped or failed run must not leave them coding)."""
    processes = list((getattr(pool, "_processes", None) or {}).values())
    pool.shutdown(wait=False, cancel_futures=True)
    for p in processes:
        with contextlib.suppress(Exception):
            p.terminate()
    for p in processes:
        with contextlib.suppress(Exception):
            p.join(timeout=5)
    # Let the pool's manager thread see its workers gone and close its wake-up pipe before the
    # interpreter exits: else concurrent.futures' exit hook may write to the pipe while the
    # thread closes it ("OSError: Bad file descriptor" printed at exit, seen once in CI).
    manager = getattr(pool, "_executor_manager_thread", None)
    if manager is not None:
        manager.join(timeout=5)


def _result(future: Future[list[CodedDocument]]) -> list[CodedDocument]:
    try:
        return future.result()
    except BrokenProcessPool as e:
        raise RuntimeError(
            "a coding worker process died (out of memory, or the coder failed to load); "
            "try fewer --workers or a smaller --batch-size"
        ) from e
