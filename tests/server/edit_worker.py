"""One analyst of tests/server/test_server_concurrency.py, in a process of its own:
`python edit_worker.py URI NAME EDITS START` makes EDITS small edits from the time START
(epoch seconds, so several workers begin together): mostly a claim's note set to a token
of its own, every tenth a new claim whose id is chosen inside the writing transaction.
Prints `note CLAIM TOKEN` or `new ID` for each edit the store acknowledged, `refused …`
for each it did not."""
import sys
import time

from briefing.workspace import BriefingFileError, Workspace


def main(uri: str, name: str, edits: int, start: float) -> None:
    ws = Workspace.open(uri, watch=False)
    claims = [c.id for c in ws.claims()]
    time.sleep(max(0.0, start - time.time()))
    for k in range(edits):
        try:
            if k % 10 == 9:
                def build(w):
                    claim = w.get("claim", claims[0]).changed(id=w.new_id("claim"),
                                                               note=f"{name}-{k}")
                    return [("claim", claim.id, claim)]
                states, _ = ws.create(build)
                print(f"new {states[0][1]}", flush=True)
            else:
                target = claims[k % len(claims)]
                token = f"{name}-{k}"
                ws.put(ws.get("claim", target).changed(note=token))
                print(f"note {target} {token}", flush=True)
        except BriefingFileError as exc:
            print(f"refused {exc}", flush=True)
    ws.close()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]), float(sys.argv[4]))
