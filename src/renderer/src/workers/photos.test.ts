import { describe, expect, it } from 'vitest'
import { shrinkTarget } from './photos'

describe('shrinkTarget', () => {
  it('keeps photos up to 600 px on the long side as they are', () => {
    expect(shrinkTarget({ format: 'jpg', width: 600, height: 450 })).toBeNull()
    expect(shrinkTarget({ format: 'png', width: 121, height: 159 })).toBeNull()
  })

  it('scales larger photos to 600 px on the long side, keeping the aspect ratio', () => {
    expect(shrinkTarget({ format: 'jpg', width: 3000, height: 4000 })).toEqual({
      width: 450,
      height: 600,
    })
    expect(shrinkTarget({ format: 'png', width: 1201, height: 10 })).toEqual({
      width: 600,
      height: 5,
    })
  })

  it('redraws WebP at any size, since Word cannot show it', () => {
    expect(shrinkTarget({ format: 'webp', width: 200, height: 300 })).toEqual({
      width: 200,
      height: 300,
    })
  })
})
