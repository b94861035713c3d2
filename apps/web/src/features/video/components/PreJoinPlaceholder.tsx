/**
 * The camera check's place, held while its code loads and the remembered devices are read
 * (after hydration): the same boxes as PreJoin, so the panels under the dock do not move
 * when it arrives.
 */
export function PreJoinPlaceholder() {
  return (
    <div className="vd-prejoin" aria-hidden="true" data-testid="video-prejoin-placeholder">
      <div className="vd-preview">
        <span className="vd-preview-off">Starting camera…</span>
      </div>
      <div className="vd-devices">
        <span className="vd-device">
          <select disabled tabIndex={-1}>
            <option>Camera</option>
          </select>
        </span>
        <span className="vd-device">
          <select disabled tabIndex={-1}>
            <option>Microphone</option>
          </select>
        </span>
      </div>
      <div className="vd-bar">
        <span className="vd-toggle" />
        <span className="vd-toggle" />
        <button type="button" className="btn btn-primary vd-join" disabled tabIndex={-1}>
          Preparing…
        </button>
      </div>
    </div>
  );
}
